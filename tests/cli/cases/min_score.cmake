# --min-score: a pitch below it makes the exit status 1 (no pitch here can score above 100).
set(ARGS --min-score 100 --format csv pitches/zoe.txt)
set(EXPECT_RC 1)
set(STDERR_MATCHES "1 pitch scores below --min-score 100")
