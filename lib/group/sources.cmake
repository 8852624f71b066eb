# lib/group — a group of reports at once: summary figures, referral matches, competitors, unreferrable
# members (include/pitchclarity/group.hpp). Included from lib/CMakeLists.txt; paths are relative to lib/.
list(APPEND PC_SOURCES group/words.cpp group/offer.cpp group/summary.cpp group/overlap.cpp group/reason.cpp
                       group/match.cpp group/phrase_key.cpp)
