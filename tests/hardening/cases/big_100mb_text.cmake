# The same 100 MiB in the text format: the truncation is a warning naming both sizes.
set(ARGS big-100mb.txt)
set(ENV_VARS PC_RSS_LIMIT_MB=1200)
set(EXPECT_RC 0)
set(STDOUT_MATCHES "big-100mb\\.txt: warning: the text is 104857600 bytes; only the first 16777216 were analysed \\[input\\.truncated\\]")
