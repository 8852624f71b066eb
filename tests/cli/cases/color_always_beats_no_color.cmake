# NO_COLOR turns off automatic colour only: an explicit --color=always still colours (https://no-color.org).
string(ASCII 27 esc)
set(ENV_VARS NO_COLOR=1)
set(ARGS --color=always --rules cli-test-pack.toml pitches/zoe.txt)
set(STDOUT_MATCHES "${esc}\\[")
