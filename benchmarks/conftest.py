"""The benchmarks run as scripts (README.md): pytest collects nothing here, even when asked to."""

collect_ignore_glob = ["*.py", "*.md"]
