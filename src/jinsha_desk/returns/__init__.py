"""Excel returns for the street office (街道办): the roster, ledgers and statistics in its form."""
