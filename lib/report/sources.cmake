list(APPEND PC_SOURCES report/json.cpp report/band.cpp)
