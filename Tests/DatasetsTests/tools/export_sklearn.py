#!/usr/bin/env python3
"""Exports scikit-learn's toy datasets and test fixtures for the Datasets module.

Run from the repository root with a venv holding scikit-learn (and numpy):
    python3 -m venv /tmp/skvenv && /tmp/skvenv/bin/pip install scikit-learn
    /tmp/skvenv/bin/python Tests/DatasetsTests/tools/export_sklearn.py

Writes
  Sources/Datasets/Resources/<name>.csv   data columns then the target column; every
      value is written as Python's repr of the float64 (integral values without ".0"),
      so Swift's Double(String) (correctly rounded) yields bit-identical doubles.
  Sources/Datasets/Resources/<name>.json  feature_names, target_names, DESCR, dtypes.
  Tests/DatasetsTests/Fixtures/*.json     expected values computed by the real library.
Checksums: SHA-256 of the little-endian bytes (C order) of data as <f8 and of target
as <i8 (integer targets) or <f8 (diabetes).
"""
import hashlib
import io
import json
import os
import gzip

import numpy as np
import sklearn
from sklearn import datasets, metrics, model_selection, preprocessing

ROOT = os.getcwd()
RES = os.path.join(ROOT, "Sources/Datasets/Resources")
FIX = os.path.join(ROOT, "Tests/DatasetsTests/Fixtures")
os.makedirs(RES, exist_ok=True)
os.makedirs(FIX, exist_ok=True)


def num(v):
    v = float(v)
    if v.is_integer() and abs(v) < 1e15:
        return "%d" % v
    return repr(v)


def sha(a, dtype):
    return hashlib.sha256(np.ascontiguousarray(a, dtype=dtype).tobytes()).hexdigest()


def dump(path, obj):
    with open(path, "w") as f:
        json.dump(obj, f, indent=1, sort_keys=True)
        f.write("\n")


def tolist(a):
    return np.asarray(a).tolist()


# ---------------------------------------------------------------- toy datasets
toy = {
    "iris": datasets.load_iris(),
    "breast_cancer": datasets.load_breast_cancer(),
    "wine": datasets.load_wine(),
    "digits": datasets.load_digits(),
    "diabetes": datasets.load_diabetes(scaled=False),
    "diabetes_scaled": datasets.load_diabetes(scaled=True),
}
checks = {"sklearn_version": sklearn.__version__}
for name, b in toy.items():
    data, target = b.data, b.target
    int_target = target.dtype.kind in "iu"
    with open(os.path.join(RES, name + ".csv"), "w") as f:
        for row, t in zip(data, target):
            f.write(",".join(num(v) for v in row) + "," + num(t) + "\n")
    meta = {
        "name": name,
        "n_samples": int(data.shape[0]),
        "n_features": int(data.shape[1]),
        "target_dtype": "int64" if int_target else "float64",
        "feature_names": [str(x) for x in b.feature_names],
        "DESCR": b.DESCR,
    }
    if "target_names" in b:
        meta["target_names"] = [str(x) for x in b.target_names]
    dump(os.path.join(RES, name + ".json"), meta)
    checks[name] = {
        "data_shape": list(data.shape),
        "target_shape": list(target.shape),
        "data_sha256": sha(data, "<f8"),
        "target_sha256": sha(target, "<i8" if int_target else "<f8"),
        "first_row": tolist(data[0]),
        "last_row": tolist(data[-1]),
        "first_targets": tolist(target[:5]),
        "target_sum": float(target.sum()),
        "descr_prefix": b.DESCR[:60],
        "descr_length": len(b.DESCR),
    }
    if name == "digits":
        checks[name]["images_shape"] = list(b.images.shape)
dump(os.path.join(FIX, "toy_checksums.json"), checks)

# ---------------------------------------------------------------- generators
gens = []
for n, noise, rs, shuffle in [(10, None, 0, True), (100, 0.1, 42, True), (7, 0.2, 1, False), (31, None, 3, False)]:
    X, y = datasets.make_moons(n_samples=n, noise=noise, random_state=rs, shuffle=shuffle)
    gens.append({"fn": "moons", "n_samples": n, "noise": noise, "random_state": rs, "shuffle": shuffle, "X": tolist(X), "y": tolist(y)})
for n, noise, rs, factor, shuffle in [(10, None, 0, 0.8, True), (100, 0.05, 42, 0.5, True), (9, 0.1, 2, 0.3, False)]:
    X, y = datasets.make_circles(n_samples=n, noise=noise, random_state=rs, factor=factor, shuffle=shuffle)
    gens.append({"fn": "circles", "n_samples": n, "noise": noise, "random_state": rs, "factor": factor, "shuffle": shuffle, "X": tolist(X), "y": tolist(y)})
for n, centers, std, nf, rs, shuffle in [(10, 3, 1.0, 2, 0, True), (100, 4, 0.6, 2, 42, True), (11, 2, 2.0, 3, 7, False)]:
    X, y = datasets.make_blobs(n_samples=n, centers=centers, cluster_std=std, n_features=nf, random_state=rs, shuffle=shuffle)
    gens.append({"fn": "blobs", "n_samples": n, "centers": centers, "cluster_std": std, "n_features": nf, "random_state": rs, "shuffle": shuffle, "X": tolist(X), "y": tolist(y)})
X, y = datasets.make_blobs(n_samples=9, centers=[[1.0, 1.0], [-1.0, -1.0], [1.0, -1.0]], cluster_std=0.4, random_state=0)
gens.append({"fn": "blobs", "n_samples": 9, "center_points": [[1.0, 1.0], [-1.0, -1.0], [1.0, -1.0]], "cluster_std": 0.4, "n_features": 2, "random_state": 0, "shuffle": True, "X": tolist(X), "y": tolist(y)})
for kw in [dict(n_samples=20, random_state=0),
           dict(n_samples=50, n_features=5, n_informative=3, n_redundant=1, n_classes=3, n_clusters_per_class=1, random_state=42),
           dict(n_samples=30, n_features=4, n_informative=2, n_redundant=0, n_repeated=1, flip_y=0.1, class_sep=2.0, random_state=1, shuffle=False),
           dict(n_samples=40, n_features=12, n_informative=8, n_redundant=2, n_classes=2, n_clusters_per_class=1, random_state=5)]:
    X, y = datasets.make_classification(**kw)
    gens.append(dict(fn="classification", **kw, X=tolist(X), y=tolist(y)))
for kw in [dict(n_samples=10, n_features=3, random_state=0),
           dict(n_samples=20, n_features=5, n_informative=2, noise=0.5, bias=3.0, random_state=42),
           dict(n_samples=8, n_features=2, n_informative=1, noise=1.0, random_state=1, shuffle=False)]:
    X, y = datasets.make_regression(**kw)
    gens.append(dict(fn="regression", **kw, X=tolist(X), y=tolist(y)))
dump(os.path.join(FIX, "generators.json"), gens)

# ---------------------------------------------------------------- model selection
splits = []
iris = toy["iris"]
for n, kw in [(10, dict(random_state=42)), (150, dict(test_size=0.2, random_state=0)), (569, dict(random_state=1234)),
              (10, dict(test_size=3, train_size=5, random_state=1)), (10, dict(train_size=0.6, random_state=7)),
              (12, dict(test_size=0.25, shuffle=False)), (150, dict(test_size=0.3, random_state=42, stratify=True)),
              (10, dict(test_size=0.5, random_state=3, stratify=True))]:
    X = np.arange(n)
    strat = None
    if kw.get("stratify"):
        strat = iris.target if n == 150 else np.array([0, 0, 0, 1, 1, 1, 1, 2, 2, 2])
    args = dict(kw)
    args["stratify"] = strat
    tr, te = model_selection.train_test_split(X, **args)
    rec = dict(n=n, **{k: v for k, v in kw.items()})
    rec["stratify"] = tolist(strat) if strat is not None else None
    rec["train"], rec["test"] = tolist(tr), tolist(te)
    splits.append(rec)
dump(os.path.join(FIX, "splits.json"), splits)

# ---------------------------------------------------------------- preprocessing
pre = {}
lb = preprocessing.LabelBinarizer()
pre["lb_multi"] = dict(fit=[2, 0, 1, 2, 5], transform=[0, 5, 3, 1], classes=tolist(lb.fit([2, 0, 1, 2, 5]).classes_),
                       out=tolist(lb.transform([0, 5, 3, 1])), inverse=tolist(lb.inverse_transform(lb.transform([0, 5, 3, 1]))))
lb = preprocessing.LabelBinarizer().fit(["yes", "no", "no", "yes"])
pre["lb_binary"] = dict(fit=["yes", "no", "no", "yes"], transform=["no", "yes", "yes"], classes=tolist(lb.classes_),
                        out=tolist(lb.transform(["no", "yes", "yes"])),
                        inverse_scores=[[0.2], [0.5], [0.51]], inverse=tolist(lb.inverse_transform(np.array([[0.2], [0.5], [0.51]]))))
lb = preprocessing.LabelBinarizer(neg_label=-1, pos_label=2).fit([1, 2, 3])
pre["lb_labels"] = dict(fit=[1, 2, 3], transform=[3, 1], neg=-1, pos=2, out=tolist(lb.transform([3, 1])))
le = preprocessing.LabelEncoder().fit(["paris", "tokyo", "amsterdam", "paris"])
pre["le"] = dict(fit=["paris", "tokyo", "amsterdam", "paris"], classes=tolist(le.classes_),
                 out=tolist(le.transform(["tokyo", "paris"])), inverse=tolist(le.inverse_transform([2, 0, 1])))
ohe_X = [["red", "S"], ["green", "M"], ["blue", "S"], ["red", "L"]]
ohe = preprocessing.OneHotEncoder(sparse_output=False).fit(ohe_X)
pre["ohe_str"] = dict(X=ohe_X, categories=[tolist(c) for c in ohe.categories_], out=tolist(ohe.transform(ohe_X)),
                      names=tolist(ohe.get_feature_names_out()), inverse=tolist(ohe.inverse_transform(ohe.transform(ohe_X))))
ohe_Xn = [[3, 1], [1, 1], [2, 0]]
ohe = preprocessing.OneHotEncoder(sparse_output=False).fit(ohe_Xn)
pre["ohe_num"] = dict(X=ohe_Xn, categories=[tolist(c) for c in ohe.categories_], out=tolist(ohe.transform(ohe_Xn)),
                      names=tolist(ohe.get_feature_names_out()))
Xs = np.array([[1.0, 2.0, 5.0], [3.0, 2.0, -1.0], [4.0, 2.0, 0.5], [10.0, 2.0, 0.25]])
ss = preprocessing.StandardScaler().fit(Xs)
Xt = np.array([[0.0, 1.0, 2.0], [5.0, 2.0, -3.0]])
pre["standard"] = dict(X=tolist(Xs), mean=tolist(ss.mean_), var=tolist(ss.var_), scale=tolist(ss.scale_),
                       out=tolist(ss.transform(Xs)), t=tolist(Xt), tout=tolist(ss.transform(Xt)),
                       inverse=tolist(ss.inverse_transform(Xt)))
mm = preprocessing.MinMaxScaler(feature_range=(-1, 1)).fit(Xs)
mm01 = preprocessing.MinMaxScaler().fit(Xs)
pre["minmax"] = dict(X=tolist(Xs), data_min=tolist(mm.data_min_), data_max=tolist(mm.data_max_), scale=tolist(mm.scale_),
                     min=tolist(mm.min_), out=tolist(mm.transform(Xs)), t=tolist(Xt), tout=tolist(mm.transform(Xt)),
                     inverse=tolist(mm.inverse_transform(Xt)), out01=tolist(mm01.transform(Xs)))
dump(os.path.join(FIX, "preprocessing.json"), pre)

# ---------------------------------------------------------------- metrics
met = {}
yt = [0, 1, 2, 2, 1, 0, 2, 1, 1, 0, 2, 2]
yp = [0, 2, 2, 2, 1, 0, 1, 1, 0, 0, 2, 1]
bt = [0, 1, 1, 0, 1, 1, 0, 0, 1, 1]
bp = [0, 1, 0, 0, 1, 1, 1, 0, 1, 0]
cases = {}
for key, (a, b) in {"multi": (yt, yp), "binary": (bt, bp)}.items():
    c = dict(y_true=a, y_pred=b, accuracy=metrics.accuracy_score(a, b),
             accuracy_count=float(metrics.accuracy_score(a, b, normalize=False)),
             confusion=tolist(metrics.confusion_matrix(a, b)))
    avgs = ["macro", "micro", "weighted"] + (["binary"] if key == "binary" else [])
    for avg in avgs:
        c["precision_" + avg] = metrics.precision_score(a, b, average=avg)
        c["recall_" + avg] = metrics.recall_score(a, b, average=avg)
        c["f1_" + avg] = metrics.f1_score(a, b, average=avg)
    c["precision_none"] = tolist(metrics.precision_score(a, b, average=None))
    c["report"] = metrics.classification_report(a, b)
    c["report_digits4"] = metrics.classification_report(a, b, digits=4)
    cases[key] = c
cases["multi"]["report_names"] = metrics.classification_report(yt, yp, target_names=["setosa", "versicolor", "virginica"])
zt, zp = [0, 0, 1, 1], [1, 1, 1, 1]
cases["zero_division"] = dict(y_true=zt, y_pred=zp, precision_macro=metrics.precision_score(zt, zp, average="macro", zero_division=0),
                              report=metrics.classification_report(zt, zp, zero_division=0),
                              confusion=tolist(metrics.confusion_matrix(zt, zp)))
st, sp = ["cat", "dog", "cat", "bird"], ["cat", "cat", "cat", "bird"]
cases["strings"] = dict(y_true=st, y_pred=sp, report=metrics.classification_report(st, sp, zero_division=0),
                        confusion=tolist(metrics.confusion_matrix(st, sp)))
met["classification"] = cases
rt = [3.0, -0.5, 2.0, 7.0, 4.2]
rp = [2.5, 0.0, 2.0, 8.0, 3.9]
met["regression"] = dict(y_true=rt, y_pred=rp, mse=metrics.mean_squared_error(rt, rp), mae=metrics.mean_absolute_error(rt, rp),
                         r2=metrics.r2_score(rt, rp), r2_const=metrics.r2_score([1.0, 1.0, 1.0], [1.0, 1.0, 2.0]))
at = [0, 0, 1, 1, 0, 1, 1, 0]
ascore = [0.1, 0.4, 0.35, 0.8, 0.4, 0.9, 0.4, 0.05]
met["roc"] = dict(y_true=at, y_score=ascore, auc=metrics.roc_auc_score(at, ascore))
dump(os.path.join(FIX, "metrics.json"), met)

# ---------------------------------------------------------------- text loading (numpy)
txt = []
def add_text(name, text, fn, **kw):
    rec = dict(name=name, text=text, fn=fn, kwargs=kw)
    try:
        f = np.loadtxt if fn == "loadtxt" else np.genfromtxt
        a = f(io.StringIO(text), **kw)
        rec["shape"] = list(a.shape)
        rec["values"] = [None if (isinstance(v, float) and np.isnan(v)) else v for v in np.ravel(a).tolist()]
        rec["dtype"] = str(a.dtype)
    except Exception as e:
        rec["error"] = type(e).__name__
    txt.append(rec)
add_text("plain", "1 2 3\n4 5 6\n", "loadtxt")
add_text("csv", "a,b,c\n1.5,2,3\n4,5,6e-3\n", "loadtxt", delimiter=",", skiprows=1)
add_text("usecols", "1,2,3\n4,5,6\n7,8,9\n", "loadtxt", delimiter=",", usecols=(0, 2))
add_text("int", "1,2\n3,4\n", "loadtxt", delimiter=",", dtype="int")
add_text("comments", "# header\n1 2\n\n3 4 # trailing\n", "loadtxt")
add_text("single_col", "1\n2\n3\n", "loadtxt")
add_text("single_row", "1,2,3\n", "loadtxt", delimiter=",")
add_text("ragged", "1,2,3\n4,5\n", "loadtxt", delimiter=",")
add_text("nonnumeric", "1,2\n3,x\n", "loadtxt", delimiter=",")
add_text("gen_missing", "1,,3\n4,5,\nx,7,8\n", "genfromtxt", delimiter=",")
add_text("gen_header", "h1,h2\n1,2\n3,4\n", "genfromtxt", delimiter=",", skip_header=1)
add_text("gen_usecols", "1,2,3\n4,5,6\n", "genfromtxt", delimiter=",", usecols=(1,))
add_text("gen_ws", "1 2\n3 nan\n", "genfromtxt")
dump(os.path.join(FIX, "text.json"), txt)

# ---------------------------------------------------------------- fake mnist.npz (tiny)
rng = np.random.RandomState(0)
xtr = rng.randint(0, 256, size=(3, 28, 28)).astype(np.uint8)
ytr = np.array([5, 0, 4], dtype=np.uint8)
xte = rng.randint(0, 256, size=(2, 28, 28)).astype(np.uint8)
yte = np.array([7, 2], dtype=np.uint8)
np.savez_compressed(os.path.join(FIX, "mnist_tiny_deflated.npz"), x_train=xtr, y_train=ytr, x_test=xte, y_test=yte)
np.savez(os.path.join(FIX, "mnist_tiny_stored.npz"), x_train=xtr, y_train=ytr, x_test=xte, y_test=yte)
dump(os.path.join(FIX, "mnist_tiny.json"), dict(x_train_sum=int(xtr.astype(np.int64).sum()), x_test_sum=int(xte.astype(np.int64).sum()),
                                                x_train_first=tolist(xtr[0, 0, :10]), y_train=tolist(ytr), y_test=tolist(yte),
                                                deflated_sha256=hashlib.sha256(open(os.path.join(FIX, "mnist_tiny_deflated.npz"), "rb").read()).hexdigest()))
print("ok", sklearn.__version__, np.__version__)
