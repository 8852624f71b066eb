# A file that cannot be read is named; the others are still checked; exit 3.
set(ARGS --format csv no-such-pitch.txt pitches/zoe.txt)
set(EXPECT_RC 3)
set(STDERR_MATCHES "pitchcheck: error: no-such-pitch\\.txt: cannot open: No such file or directory")
set(STDOUT_MATCHES "\npitches/zoe\\.txt,")
