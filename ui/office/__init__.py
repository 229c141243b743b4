"""The exam office's view: session files of many rooms reconciled, checked against the paper
PVs, exported. Reads through `invigilator.office` only (never the store directly)."""
