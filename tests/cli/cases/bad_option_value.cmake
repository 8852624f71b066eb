set(ARGS --format yaml pitches/zoe.txt)
set(EXPECT_RC 2)
set(STDERR_MATCHES "pitchcheck: error: .*yaml")
