"""Benchmarks and reliability campaigns: `python benchmarks/run.py` (see the README's Speed and
Reliability sections). Not part of the installed app."""
