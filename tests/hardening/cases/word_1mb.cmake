# One "word" of 1 MiB (no spaces at all): analysed as one word in one sentence, quickly, exit 0.
set(ARGS word-1mb.txt)
set(ENV_VARS PC_RSS_LIMIT_MB=300)
set(EXPECT_RC 0)
set(STDOUT_MATCHES "length +1 word in 1 sentence")
