using System.Text;
using Viper.Runtime.Builtins;
using Viper.Runtime.Objects;
using Viper.Runtime.Values;

namespace Viper.Runtime.Modules;

/// <summary><c>os.path</c> as CPython's <c>posixpath</c> computes it: pure string operations, plus the existence tests.</summary>
public static class OsPathModule
{
    public static PyModule Create()
    {
        var dict = new PyDict();
        dict.SetItem("__name__", Value.FromString("posixpath"));
        dict.SetItem("sep", Value.FromString("/"));
        OsModule.Add(dict, "join", (vm, args) =>
        {
            if (args.Count == 0)
            {
                throw Errors.PyErrors.TypeError("join() missing 1 required positional argument: 'a'");
            }

            var path = PathArgument(args[0], "join");
            for (var i = 1; i < args.Count; i++)
            {
                var part = PathArgument(args[i], "join");
                path = part.StartsWith('/') ? part : path.Length == 0 || path.EndsWith('/') ? path + part : path + "/" + part;
            }

            return Value.FromString(path);
        });
        OneString(dict, "basename", path => Value.FromString(path[(path.LastIndexOf('/') + 1)..]));
        OneString(dict, "dirname", path => Value.FromString(Split(path).Head));
        OneString(dict, "split", path =>
        {
            var (head, tail) = Split(path);
            return Value.FromObject(PyTuple.Of(Value.FromString(head), Value.FromString(tail)));
        });
        OneString(dict, "splitext", path =>
        {
            var (root, extension) = SplitExtension(path);
            return Value.FromObject(PyTuple.Of(Value.FromString(root), Value.FromString(extension)));
        });
        OneString(dict, "normpath", path => Value.FromString(Normalize(path)));
        OneString(dict, "abspath", path => Value.FromString(Normalize(path.StartsWith('/') ? path : OsModule.WorkingDirectory() + "/" + path)));
        OneString(dict, "isabs", path => Value.FromBool(path.StartsWith('/')));
        OneString(dict, "exists", path => Value.FromBool(Path.Exists(path)));
        OneString(dict, "isfile", path => Value.FromBool(File.Exists(path)));
        OneString(dict, "isdir", path => Value.FromBool(Directory.Exists(path)));
        OneString(dict, "getsize", path => File.Exists(OsModule.RefuseNul(path))
            ? Value.FromInt(new FileInfo(path).Length)
            : throw Errors.ExceptionAttributes.OSError(Errors.ExceptionTypes.FileNotFoundError, 2, "No such file or directory", path));
        OneString(dict, "expanduser", path =>
        {
            if (!path.StartsWith('~'))
            {
                return Value.FromString(path);
            }

            var end = path.IndexOf('/');
            if (end < 0)
            {
                end = path.Length;
            }

            if (end != 1)
            {
                return Value.FromString(path);
            }

            var home = (Environment.GetEnvironmentVariable("HOME") ?? "").TrimEnd('/');
            return Value.FromString((home.Length == 0 ? "/" : home) + path[end..]);
        });
        return new PyModule("os.path", dict);
    }

    private static string PathArgument(Value value, string function) =>
        value.Ref is PyStr text
            ? text.Value
            : throw Errors.PyErrors.TypeError($"{function}() argument must be str, bytes, or os.PathLike object, not '{Operations.TypeNames.Of(value)}'");

    private static void OneString(PyDict dict, string name, Func<string, Value> body) =>
        OsModule.Add(dict, name, (vm, args) =>
        {
            ArgumentCheck.Exactly(args, name, 1);
            return body(PathArgument(args[0], name));
        });

    /// <summary>Everything up to the last slash (trailing slashes removed unless it is all slashes), and the rest.</summary>
    private static (string Head, string Tail) Split(string path)
    {
        var cut = path.LastIndexOf('/') + 1;
        var head = path[..cut];
        if (head.Length > 0 && head.Trim('/').Length > 0)
        {
            head = head.TrimEnd('/');
        }

        return (head, path[cut..]);
    }

    /// <summary>The extension is from the last dot of the last component, unless that component is all leading dots before it.</summary>
    private static (string Root, string Extension) SplitExtension(string path)
    {
        var slash = path.LastIndexOf('/');
        var dot = path.LastIndexOf('.');
        if (dot > slash)
        {
            for (var i = slash + 1; i < dot; i++)
            {
                if (path[i] != '.')
                {
                    return (path[..dot], path[dot..]);
                }
            }
        }

        return (path, "");
    }

    /// <summary>Collapses repeated slashes and <c>.</c> components and resolves <c>..</c> where it can, as posixpath.normpath does.</summary>
    private static string Normalize(string path)
    {
        if (path.Length == 0)
        {
            return ".";
        }

        var leadingSlashes = path.StartsWith('/') ? (path.StartsWith("//", StringComparison.Ordinal) && !path.StartsWith("///", StringComparison.Ordinal) ? 2 : 1) : 0;
        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part.Length == 0 || part == ".")
            {
                continue;
            }

            if (part != ".." || (leadingSlashes == 0 && parts.Count == 0) || (parts.Count > 0 && parts[^1] == ".."))
            {
                parts.Add(part);
            }
            else if (parts.Count > 0)
            {
                parts.RemoveAt(parts.Count - 1);
            }
        }

        var result = new StringBuilder(new string('/', leadingSlashes)).Append(string.Join('/', parts)).ToString();
        return result.Length == 0 ? "." : result;
    }
}
