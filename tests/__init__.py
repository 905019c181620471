"""The test suite of politique-ville."""
