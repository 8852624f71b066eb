set(ARGS --rules no-such-pack.toml pitches/zoe.txt)
set(EXPECT_RC 4)
set(STDERR_MATCHES "pitchcheck: error: no-such-pack\\.toml: cannot open: No such file or directory")
