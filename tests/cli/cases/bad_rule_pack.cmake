# A rule pack the analyzer rejects: the error names file:line:col, exit 4.
set(ARGS --rules bad-pack.toml pitches/zoe.txt)
set(EXPECT_RC 4)
set(STDERR_MATCHES "pitchcheck: error: bad-pack\\.toml:[0-9]+:[0-9]+: .*catastrophic")
