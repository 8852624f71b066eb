/* Scores one pitch file with the C API. Prints "SCORE BAND", then each finding as "RULE START-END"
 * (or "RULE -" for a finding about the whole pitch). Build with pkg-config:
 *   cc -std=c99 score.c $(pkg-config --cflags --libs pitchclarity) -o score
 */
#include <pitchclarity/pitchclarity.h>

#include <stdio.h>
#include <stdlib.h>

/* Reads a whole file; the pitch is bytes, not a C string (it may hold NULs or invalid UTF-8). */
static char* read_file(const char* path, size_t* length) {
  FILE* file = fopen(path, "rb");
  char* data = NULL;
  long size = 0;
  if (file == NULL) return NULL;
  if (fseek(file, 0, SEEK_END) == 0 && (size = ftell(file)) >= 0 && fseek(file, 0, SEEK_SET) == 0) {
    data = malloc((size_t)size + 1);
    if (data != NULL && fread(data, 1, (size_t)size, file) != (size_t)size) {
      free(data);
      data = NULL;
    }
  }
  fclose(file);
  *length = (size_t)size;
  return data;
}

int main(int argc, char** argv) {
  pc_analyzer* analyzer = NULL;
  pc_report* report = NULL;
  pc_finding finding;
  size_t length = 0, i;
  char* text;

  if (argc != 2) {
    fprintf(stderr, "usage: score FILE\n");
    return 2;
  }
  text = read_file(argv[1], &length);
  if (text == NULL) {
    fprintf(stderr, "score: cannot read %s\n", argv[1]);
    return 2;
  }
  if (pc_analyzer_create(NULL, &analyzer) != PC_OK || pc_analyze(analyzer, text, length, argv[1], &report) != PC_OK) {
    fprintf(stderr, "score: %s\n", pc_last_error_message());
    pc_analyzer_free(analyzer);
    free(text);
    return 2;
  }
  printf("%d %s\n", pc_report_score(report), pc_report_band(report));
  for (i = 0; i < pc_report_finding_count(report); ++i) {
    pc_report_finding(report, i, &finding);
    if (finding.has_span) {
      printf("%s %u-%u\n", finding.rule, (unsigned)finding.start, (unsigned)finding.end);
    } else {
      printf("%s -\n", finding.rule);
    }
  }
  pc_report_free(report);
  pc_analyzer_free(analyzer);
  free(text);
  return 0;
}
