"""What every hook and module shares: strings, languages, problems, page state, paths."""
