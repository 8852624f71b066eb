# A CSV row per pitch (RFC 4180, CRLF).
set(ARGS --format csv --rules cli-test-pack.toml pitches/zoe.txt pitches/kenji.txt pitches/maya.txt)
set(STDOUT_GOLDEN check.csv)
set(STDOUT_MATCHES "^id,score,band,target_client,")
