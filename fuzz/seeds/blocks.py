if a:
	pass
elif b:
    while c:
        break
    else:
        continue
else:
  try:
    x
  except (A, B) as e:
    raise
  finally:
    del x[0]
