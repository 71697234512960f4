def where():
    return "flatmod from an added sys.path entry"
