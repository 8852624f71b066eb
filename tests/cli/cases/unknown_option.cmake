# An unknown option is a usage error naming the option, with a likely correction.
set(ARGS --min-scor 50 pitches/zoe.txt)
set(EXPECT_RC 2)
set(STDERR_MATCHES "pitchcheck: error: unknown option '--min-scor'; did you mean '--min-score'\\?" "pitchcheck --help")
set(STDOUT_MATCHES "^$")
