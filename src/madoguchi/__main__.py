from madoguchi.cli import main

main()
