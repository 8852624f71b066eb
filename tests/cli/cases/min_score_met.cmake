set(ARGS --min-score 0 --format csv pitches/zoe.txt)
set(EXPECT_RC 0)
