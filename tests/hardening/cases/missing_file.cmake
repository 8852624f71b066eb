# A file that does not exist: named, exit 3.
set(ARGS no-such-pitch.txt)
set(EXPECT_RC 3)
set(STDERR_MATCHES "pitchcheck: error: no-such-pitch\\.txt: cannot open: No such file or directory")
