/*
** replay.c: runs saved inputs through a fuzz target's entry point without
** libFuzzer, so `make test` replays the seed corpora and every crash the
** fuzzer ever found (tests/fuzz/regressions/NAME/) in the normal and the
** sanitizer builds.
**
**   build/asan-test/replay_text tests/fuzz/regressions/text tests/fuzz/corpus/text
**
** Each argument is a file or a directory (its files, in name order; a
** directory that does not exist holds no inputs). A failed invariant aborts,
** as under libFuzzer; otherwise it prints `ok replay_NAME:DIR` per argument.
*/
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int run_file(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) return -1;
  size_t cap = 4096, n = 0, got;
  uint8_t *buf = malloc(cap);
  while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
    n += got;
    if (n == cap) buf = realloc(buf, cap *= 2);
  }
  fclose(f);
  if (!buf) return -1;
  /* An exactly-sized copy, as libFuzzer passes it: ASan sees a read past it. */
  uint8_t *data = malloc(n ? n : 1);
  if (!data) return -1;
  memcpy(data, buf, n);
  free(buf);
  fprintf(stderr, "replay %s\n", path); /* names the input when one aborts */
  LLVMFuzzerTestOneInput(data, n);
  free(data);
  return 0;
}

/* "tests/fuzz/corpus/text" -> "corpus/text": names that tell the dirs apart. */
static const char *last_two(const char *path) {
  const char *last = NULL, *before = NULL;
  for (const char *p = path; *p; p++)
    if (*p == '/' && p[1]) before = last, last = p;
  return before ? before + 1 : path;
}

static int by_name(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

int main(int argc, char **argv) {
  const char *prog = strrchr(argv[0], '/') ? strrchr(argv[0], '/') + 1 : argv[0];
  const char *prefix = getenv("NEWS_TEST_PREFIX") ? getenv("NEWS_TEST_PREFIX") : "";
  int failed = 0;
  for (int i = 1; i < argc; i++) {
    struct stat st;
    const char *name = last_two(argv[i]);
    if (stat(argv[i], &st) != 0) {
      printf("ok %s%s:%s (absent)\n", prefix, prog, name);
      continue;
    }
    size_t n = 0;
    if (S_ISDIR(st.st_mode)) {
      DIR *dir = opendir(argv[i]);
      char **paths = NULL;
      size_t cap = 0;
      struct dirent *e;
      while (dir && (e = readdir(dir)) != NULL) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
        if (n == cap) paths = realloc(paths, (cap = cap ? cap * 2 : 64) * sizeof *paths);
        size_t len = strlen(argv[i]) + strlen(e->d_name) + 2;
        paths[n] = malloc(len);
        snprintf(paths[n], len, "%s/%s", argv[i], e->d_name);
        n++;
      }
      if (dir) closedir(dir);
      if (n) qsort(paths, n, sizeof *paths, by_name);
      for (size_t k = 0; k < n; k++) {
        if (run_file(paths[k]) != 0) {
          printf("FAIL %s%s:%s: cannot read %s\n", prefix, prog, name, paths[k]);
          failed = 1;
        }
        free(paths[k]);
      }
      free(paths);
    } else {
      n = 1;
      if (run_file(argv[i]) != 0) {
        printf("FAIL %s%s:%s: cannot read it\n", prefix, prog, name);
        failed = 1;
        continue;
      }
    }
    printf("ok %s%s:%s (%zu inputs)\n", prefix, prog, name, n);
    fflush(stdout);
  }
  return failed;
}
