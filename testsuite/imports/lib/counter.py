loads = 0
loads += 1
state = []
