"""Helpers shared by the test suite: paths, subprocess runners and the mock servers."""
