using System.Collections;
using Viper.Runtime.Builtins;
using Viper.Runtime.Errors;
using Viper.Runtime.Hosting;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;

namespace Viper.Runtime.Modules;

/// <summary>
/// The <c>os</c> module's POSIX basics: the working directory, listing, creating, renaming and removing
/// files and directories, the environment, and <c>os.path</c> (in OsPathModule.cs), with CPython's OSErrors.
/// </summary>
public static class OsModule
{
    public static PyModule Create(PythonRuntime runtime)
    {
        var dict = new PyDict();
        dict.SetItem("__name__", Value.FromString("os"));
        dict.SetItem("name", Value.FromString("posix"));
        dict.SetItem("sep", Value.FromString("/"));
        dict.SetItem("altsep", Value.None);
        dict.SetItem("extsep", Value.FromString("."));
        dict.SetItem("pathsep", Value.FromString(":"));
        dict.SetItem("linesep", Value.FromString("\n"));
        dict.SetItem("curdir", Value.FromString("."));
        dict.SetItem("pardir", Value.FromString(".."));
        dict.SetItem("devnull", Value.FromString("/dev/null"));
        var environment = new PyDict();
        foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables())
        {
            environment.SetItem((string)variable.Key, Value.FromString((string?)variable.Value ?? ""));
        }

        dict.SetItem("environ", Value.FromObject(environment));
        Add(dict, "getcwd", (vm, args) =>
        {
            ArgumentCheck.Exactly(args, "getcwd", 0);
            return Value.FromString(WorkingDirectory());
        });
        Add(dict, "chdir", (vm, args) =>
        {
            ArgumentCheck.Exactly(args, "chdir", 1);
            var path = FileSystemPath(args[0], "chdir");
            return Guarded(path, () =>
            {
                if (path.Length == 0 || !Directory.Exists(path))
                {
                    throw Missing(path);
                }

                Directory.SetCurrentDirectory(path);
                return Value.None;
            });
        });
        Add(dict, "getpid", (vm, args) =>
        {
            ArgumentCheck.Exactly(args, "getpid", 0);
            return Value.FromInt(Environment.ProcessId);
        });
        Add(dict, "cpu_count", (vm, args) =>
        {
            ArgumentCheck.Exactly(args, "cpu_count", 0);
            return Value.FromInt(Environment.ProcessorCount);
        });
        Add(dict, "getenv", (vm, args) =>
        {
            ArgumentCheck.Range(args, "getenv", 1, 2);
            var key = args[0].Ref is PyStr name ? name.Value : throw PyErrors.TypeError($"str expected, not {TypeNames.Of(args[0])}");
            return environment.TryGetValue(key, out var value) ? value : args.Count > 1 ? args[1] : Value.None;
        });
        Add(dict, "listdir", (vm, args) =>
        {
            ArgumentCheck.Range(args, "listdir", 0, 1);
            var path = args.Count == 0 ? "." : FileSystemPath(args[0], "listdir");
            return Guarded(path, () =>
            {
                if (File.Exists(path))
                {
                    throw ExceptionAttributes.OSError(ExceptionTypes.NotADirectoryError, 20, "Not a directory", path);
                }

                var entries = Directory.EnumerateFileSystemEntries(path).Select(entry => Value.FromString(Path.GetFileName(entry)));
                return Value.FromObject(new PyList([.. entries]));
            });
        });
        Add(dict, "mkdir", (vm, args) =>
        {
            ArgumentCheck.Range(args, "mkdir", 1, 2);
            var path = FileSystemPath(args[0], "mkdir");
            return Guarded(path, () =>
            {
                if (Path.Exists(path))
                {
                    throw ExceptionAttributes.OSError(ExceptionTypes.FileExistsError, 17, "File exists", path);
                }

                if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } parent && !Directory.Exists(parent))
                {
                    throw Missing(path);
                }

                Directory.CreateDirectory(path);
                return Value.None;
            });
        });
        Add(dict, "makedirs", (vm, args) =>
        {
            var values = ArgumentCheck.BindParameters(args, "makedirs", ["name", "mode", "exist_ok"]);
            if (!values[0].IsBound)
            {
                throw PyErrors.TypeError("makedirs() missing 1 required positional argument: 'name'");
            }

            var existOk = values[2].IsBound && Truth.IsTrue(values[2]);
            var path = FileSystemPath(values[0], "makedirs");
            if (Path.Exists(path) && !(existOk && Directory.Exists(path)))
            {
                throw ExceptionAttributes.OSError(ExceptionTypes.FileExistsError, 17, "File exists", path);
            }

            // CPython makes each missing directory from the top down: an error names the first of them.
            var first = path;
            while (Path.GetDirectoryName(first) is { Length: > 0 } head && !Path.Exists(head))
            {
                first = head;
            }

            if (IsUnderFile(first))
            {
                throw Missing(first);
            }

            return Guarded(first, () =>
            {
                Directory.CreateDirectory(path);
                return Value.None;
            });
        });
        Add(dict, "rmdir", (vm, args) =>
        {
            ArgumentCheck.Exactly(args, "rmdir", 1);
            var path = FileSystemPath(args[0], "rmdir");
            return Guarded(path, () =>
            {
                if (!Directory.Exists(path))
                {
                    throw Missing(path);
                }

                if (Directory.EnumerateFileSystemEntries(path).Any())
                {
                    throw ExceptionAttributes.OSError(ExceptionTypes.OSError, 39, "Directory not empty", path);
                }

                Directory.Delete(path);
                return Value.None;
            });
        });
        foreach (var name in new[] { "remove", "unlink" })
        {
            Add(dict, name, (vm, args) =>
            {
                ArgumentCheck.Exactly(args, name, 1);
                var path = FileSystemPath(args[0], name);
                return Guarded(path, () =>
                {
                    if (Directory.Exists(path))
                    {
                        throw ExceptionAttributes.OSError(ExceptionTypes.IsADirectoryError, 21, "Is a directory", path);
                    }

                    if (!File.Exists(path))
                    {
                        throw Missing(path);
                    }

                    File.Delete(path);
                    return Value.None;
                });
            });
        }

        foreach (var name in new[] { "rename", "replace" })
        {
            Add(dict, name, (vm, args) =>
            {
                ArgumentCheck.Exactly(args, name, 2);
                var source = FileSystemPath(args[0], name);
                var target = FileSystemPath(args[1], name);
                return Guarded(source, () =>
                {
                    if (Directory.Exists(source))
                    {
                        Directory.Move(source, target);
                    }
                    else if (File.Exists(source))
                    {
                        File.Move(source, target, overwrite: true);
                    }
                    else
                    {
                        throw new PythonException(new PyBaseException(ExceptionTypes.FileNotFoundError, [
                            Value.FromInt(2), Value.FromString($"No such file or directory: {Repr.Of(Value.FromString(source))} -> {Repr.Of(Value.FromString(target))}")]));
                    }

                    return Value.None;
                });
            });
        }

        var module = new PyModule("os", dict);
        var path = OsPathModule.Create();
        dict.SetItem("path", Value.FromObject(path));
        runtime.Modules.Register(path);
        return module;
    }

    /// <summary>
    /// A directory that is not there: NotADirectoryError (ENOTDIR) when the path or a directory on
    /// its way is a file, else FileNotFoundError (ENOENT).
    /// </summary>
    private static PythonException Missing(string path) => path.Length > 0 && IsUnderFile(path)
        ? ExceptionAttributes.OSError(ExceptionTypes.NotADirectoryError, 20, "Not a directory", path)
        : ExceptionAttributes.OSError(ExceptionTypes.FileNotFoundError, 2, "No such file or directory", path);

    /// <summary>Whether <paramref name="path"/> or a directory on its way is a file.</summary>
    private static bool IsUnderFile(string path)
    {
        string fullPath;
        try
        {
            fullPath = Path.GetFullPath(path);
        }
        catch (IOException)
        {
            // A relative path when the current directory has been removed.
            return false;
        }

        for (var at = fullPath; !string.IsNullOrEmpty(at); at = Path.GetDirectoryName(at))
        {
            if (File.Exists(at))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A path the file system is given, as an argument of <paramref name="function"/>.</summary>
    private static string FileSystemPath(Value value, string function) => RefuseNul(PathArgument(value, function));

    /// <summary>CPython refuses a path with a NUL inside before any file-system call.</summary>
    internal static string RefuseNul(string path) => path.Contains('\0') ? throw PyErrors.ValueError("embedded null byte") : path;

    /// <summary>A path argument: a str (bytes paths are not supported yet).</summary>
    internal static string PathArgument(Value value, string function) =>
        value.Ref is PyStr text
            ? text.Value
            : throw PyErrors.TypeError($"{function}: path should be string, bytes or os.PathLike, not {TypeNames.Of(value)}");

    /// <summary>Runs a file-system call, turning the .NET failures it can meet into CPython's OSErrors.</summary>
    private static Value Guarded(string path, Func<Value> action)
    {
        try
        {
            return action();
        }
        catch (Exception error) when (error is FileNotFoundException or DirectoryNotFoundException)
        {
            throw Missing(path);
        }
        catch (UnauthorizedAccessException)
        {
            throw ExceptionAttributes.OSError(ExceptionTypes.PermissionError, 13, "Permission denied", path);
        }
    }

    /// <summary>The current directory; FileNotFoundError, as from CPython's getcwd(), when it has been removed.</summary>
    internal static string WorkingDirectory()
    {
        try
        {
            return Directory.GetCurrentDirectory();
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw error is UnauthorizedAccessException
                ? ExceptionAttributes.OSError(ExceptionTypes.PermissionError, 13, "Permission denied")
                : ExceptionAttributes.OSError(ExceptionTypes.FileNotFoundError, 2, "No such file or directory");
        }
    }

    internal static void Add(PyDict dict, string name, BuiltinBody body) =>
        dict.SetItem(name, Value.FromObject(new PyBuiltinFunction(name, body)));
}
