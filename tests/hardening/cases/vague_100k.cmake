# A vague phrase 100,000 times: every one reported (the CSV counts them: 400,000 words, 100,000 sentences,
# 100,000 vague findings), in linear time, exit 0.
set(ARGS --format csv vague-100k.txt)
set(ENV_VARS PC_RSS_LIMIT_MB=600)
set(EXPECT_RC 0)
set(STDOUT_MATCHES "\nvague-100k\\.txt,[0-9]+,[a-z]+,[0-9]+,[0-9]+,[0-9]+,[0-9]+,[0-9]+,[0-9]+,[0-9]+,400000,100000,[0-9.]+,100000,")
