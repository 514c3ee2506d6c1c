import os
path = os.path.join("/tmp", "neurona_golden_file.csv")
with open(path, "w") as f:
    f.write("a,b\n1,2\n3,4\n")
print(os.path.exists(path), os.path.basename(path), os.path.splitext(path)[1])  # expect: True neurona_golden_file.csv .csv
with open(path) as f:
    header = f.readline().strip().split(",")
    rows = [[int(v) for v in line.strip().split(",")] for line in f]
print(header, rows)  # expect: ['a', 'b'] [[1, 2], [3, 4]]
os.remove(path)
open(path)  # expect error: FileNotFoundError: [Errno 2] No such file or directory: '/tmp/neurona_golden_file.csv'
# %%
open("/tmp/neurona_golden_write.txt", "w").write("sin cerrar\n")
print(open("/tmp/neurona_golden_write.txt").read().strip())  # expect: sin cerrar
f = open("/tmp/neurona_golden_write.txt", "a")
f.write("otra\n")
f.close()
print(len(open("/tmp/neurona_golden_write.txt").readlines()))  # expect: 2
