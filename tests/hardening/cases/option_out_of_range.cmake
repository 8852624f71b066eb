# An option value out of its range: the option, the value and the range, exit 2, before anything is read.
set(ARGS --wpm 5000 nul-in-text.txt)
set(EXPECT_RC 2)
set(STDERR_MATCHES "pitchcheck: error: --wpm: '5000' is not a number from 1 to 1000")
set(STDOUT_NOT_MATCHES ".")
