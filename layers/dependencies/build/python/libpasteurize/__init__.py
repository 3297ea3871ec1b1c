# empty to make this a package
