print("fabriek")
