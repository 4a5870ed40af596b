// The vtlplay command line; subcommands arrive with their issues.
print("vtlplay")
