# Benchmarks (tests/bench): built with the tests, never run by CI beyond one smoke run. See bench/README.md.
#   pc_bench          Google Benchmark: full analysis by length, construction, each stage, ICU baseline, ratios
#   pc_bench_corpus   writes the standard corpus (1,000 pitches of 100-200 words, fixed seed) for compare.sh
#   pc_bench_driver   whole-corpus throughput, construction and the length curve through the public API
add_library(pc_bench_corpus_lib STATIC bench/corpus.cpp)
target_include_directories(pc_bench_corpus_lib PUBLIC ${CMAKE_CURRENT_LIST_DIR})
pitchclarity_warnings(pc_bench_corpus_lib)

add_executable(pc_bench_corpus bench/corpus_main.cpp)
target_link_libraries(pc_bench_corpus PRIVATE pc_bench_corpus_lib)
pitchclarity_warnings(pc_bench_corpus)

# The driver uses only the public API, like pitchcheck, so it links the shared library.
find_package(Threads REQUIRED)
add_executable(pc_bench_driver bench/driver.cpp)
target_link_libraries(pc_bench_driver PRIVATE pitchclarity::pitchclarity pc_bench_corpus_lib Threads::Threads)
pitchclarity_warnings(pc_bench_driver)

find_package(benchmark 1.5 QUIET)
if(benchmark_FOUND)
  add_executable(pc_bench bench/bench_analyze.cpp)
  target_link_libraries(pc_bench PRIVATE pitchclarity_internal pc_bench_corpus_lib benchmark::benchmark ICU::uc)
  pitchclarity_warnings(pc_bench)
  # One quick smoke run so the benchmarks keep compiling and running; the long texts are left out.
  add_test(NAME bench.smoke
           COMMAND pc_bench --benchmark_min_time=0.0001 "--benchmark_filter=-words:(10000|100000)$")
  set_tests_properties(bench.smoke PROPERTIES LABELS bench TIMEOUT 120)
else()
  message(STATUS "Google Benchmark not found (libbenchmark-dev): pc_bench is not built")
endif()
