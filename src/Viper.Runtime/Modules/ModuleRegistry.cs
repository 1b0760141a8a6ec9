using Viper.Bytecode.Code;
using Viper.Frontend.Diagnostics;
using Viper.Runtime.Errors;
using Viper.Runtime.Hosting;
using Viper.Runtime.Objects;
using Viper.Runtime.Values;
using Viper.Runtime.Vm;

namespace Viper.Runtime.Modules;

/// <summary>
/// <c>import</c>, as CPython's import system does it for source files: each module is created once
/// and cached in <c>sys.modules</c>; a dotted name imports every package on the way, binding each
/// submodule as an attribute of its parent; packages are directories with an <c>__init__.py</c>
/// (or without one: namespace packages), searched along <c>sys.path</c> and then the parent's
/// <c>__path__</c>. Builtin modules are built lazily on first import, so start-up pays only for what
/// a script uses.
/// </summary>
public sealed class ModuleRegistry(PythonRuntime runtime)
{
    private readonly Dictionary<string, Func<PythonRuntime, PyModule>> _builtin = new()
    {
        ["sys"] = SysModule.Create,
        ["time"] = TimeModule.Create,
        ["math"] = MathModule.Create,
        ["random"] = RandomModule.Create,
        ["builtins"] = runtime => runtime.BuiltinsModule,
        ["os"] = OsModule.Create,
    };

    /// <summary>
    /// Viper's own Python modules (<c>functools</c>, <c>collections</c>, ...), shipped beside the binary and
    /// searched after every <c>sys.path</c> entry, so a script's own module of the same name wins, as in CPython.
    /// </summary>
    private static readonly string StandardLibraryDirectory = Path.Combine(AppContext.BaseDirectory, "Lib");

    private readonly HashSet<string> _initializing = [];

    /// <summary><c>sys.modules</c>: every module imported so far, by its full dotted name.</summary>
    public PyDict Loaded { get; } = new();

    /// <summary><c>sys.path</c>: directories searched for top-level modules, the script's own first.</summary>
    public PyList SearchPath { get; } = new();

    /// <summary>The <c>sys</c> module's namespace once it has been imported: print reads <c>sys.stdout</c> from it.</summary>
    private PyDict? _sys;

    /// <summary>
    /// Where <c>stdout</c> sits in <see cref="_sys"/>, and its key object, so print finds it without
    /// hashing. Two fields, not a tuple: a tuple of an int and an object is framework generic code
    /// ReadyToRun cannot precompile, JIT-compiled in every process that prints.
    /// </summary>
    private int _stdoutIndex;

    private object? _stdoutKey;

    internal void RegisterSys(PyDict sys)
    {
        _sys = sys;
        _stdoutIndex = sys.FindString("stdout");
        _stdoutKey = sys.KeyAt(_stdoutIndex).Ref!;
    }

    /// <summary>The current <c>sys.stdout</c>, or an unbound value when <c>sys</c> was never imported or has none.</summary>
    public Value CurrentStdout()
    {
        if (_sys is not { } sys)
        {
            return default;
        }

        if (sys.HasKeyAt(_stdoutIndex, _stdoutKey!))
        {
            return sys.ValueAt(_stdoutIndex);
        }

        return sys.TryGetValue("stdout", out var stdout) ? stdout : default;
    }

    public void AddSearchDirectory(string directory) => SearchPath.Append(Value.FromString(directory));

    public void Register(PyModule module) => Loaded.SetItem(module.Name, Value.FromObject(module));

    /// <summary>
    /// What <c>IMPORT_NAME</c> pushes: for <c>import a.b.c</c> the top-level package <c>a</c>; for
    /// <c>import a.b.c as m</c> and every <c>from</c> import, the module <c>a.b.c</c> itself.
    /// <paramref name="level"/> counts the leading dots of a relative import, resolved against the
    /// importing module's <c>__package__</c>.
    /// </summary>
    public Value Import(Interpreter vm, string name, int level, bool wantLeaf, PyDict globals)
    {
        var fullName = level == 0 ? name : ResolveRelative(name, level, globals);
        var leaf = ImportAbsolute(vm, fullName);
        if (wantLeaf || level > 0)
        {
            return leaf;
        }

        var dot = fullName.IndexOf('.');
        return dot < 0 ? leaf : Loaded.TryGetValue(fullName[..dot], out var top) ? top : leaf;
    }

    /// <summary>Whether <paramref name="name"/>'s code is still running: a circular import sees it half-built.</summary>
    public bool IsInitializing(string name) => _initializing.Contains(name);

    /// <summary>The absolute name a relative import means, as <c>importlib._bootstrap._resolve_name</c> computes it.</summary>
    private static string ResolveRelative(string name, int level, PyDict globals)
    {
        var package = PackageOf(globals);
        if (string.IsNullOrEmpty(package))
        {
            throw PyErrors.New(ExceptionTypes.ImportError, "attempted relative import with no known parent package");
        }

        var baseName = package;
        for (var up = 1; up < level; up++)
        {
            var dot = baseName.LastIndexOf('.');
            if (dot < 0)
            {
                throw PyErrors.New(ExceptionTypes.ImportError, "attempted relative import beyond top-level package");
            }

            baseName = baseName[..dot];
        }

        return name.Length == 0 ? baseName : $"{baseName}.{name}";
    }

    /// <summary><c>__package__</c>, or when it is unset, what it would be: the module itself for a package, else its parent.</summary>
    private static string? PackageOf(PyDict globals)
    {
        if (globals.TryGetValue("__package__", out var package) && package.Ref is PyStr packageName)
        {
            return packageName.Value;
        }

        if (!globals.TryGetValue("__name__", out var nameValue) || nameValue.Ref is not PyStr moduleName)
        {
            return null;
        }

        var name = moduleName.Value;
        if (globals.TryGetValue("__path__", out _))
        {
            return name;
        }

        var dot = name.LastIndexOf('.');
        return dot < 0 ? "" : name[..dot];
    }

    private Value ImportAbsolute(Interpreter vm, string name)
    {
        if (Loaded.TryGetValue(name, out var cached))
        {
            return cached.IsNone
                ? throw PyErrors.New(ExceptionTypes.ModuleNotFoundError, $"import of {name} halted; None in sys.modules")
                : cached;
        }

        var dot = name.LastIndexOf('.');
        if (dot < 0)
        {
            if (_builtin.TryGetValue(name, out var create))
            {
                var builtin = create(runtime);
                Register(builtin);
                return Value.FromObject(builtin);
            }

            var searched = SearchDirectories(SearchPath);
            searched.Add(StandardLibraryDirectory);
            return Load(vm, name, searched, parent: null);
        }

        var parentName = name[..dot];
        var parent = ImportAbsolute(vm, parentName);
        if (Loaded.TryGetValue(name, out cached))
        {
            return cached;
        }

        if (parent.Ref is not PyModule parentModule || !parentModule.Dict.TryGetValue("__path__", out var parentPath) || parentPath.Ref is not PyList directories)
        {
            throw ExceptionAttributes.ImportError(ExceptionTypes.ModuleNotFoundError, $"No module named '{name}'; '{parentName}' is not a package", name);
        }

        return Load(vm, name, SearchDirectories(directories), parentModule);
    }

    /// <summary>
    /// The directories <paramref name="entries"/> name. An empty entry (what <c>-c</c>, standard input
    /// and the REPL put first on <c>sys.path</c>) is the current directory at the time of the import,
    /// skipped if that no longer exists, as CPython's path finder does.
    /// </summary>
    private static List<string> SearchDirectories(PyList entries)
    {
        var directories = new List<string>(entries.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].Ref is not PyStr directory)
            {
                continue;
            }

            if (directory.Value.Length > 0)
            {
                directories.Add(directory.Value);
            }
            else if (CurrentDirectory() is { } current)
            {
                directories.Add(current);
            }
        }

        return directories;
    }

    private static string? CurrentDirectory()
    {
        try
        {
            return Directory.GetCurrentDirectory();
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// Finds <paramref name="name"/>'s last part in <paramref name="directories"/> as CPython's path
    /// finder does: in each directory a package (a subdirectory with <c>__init__.py</c>) wins over a
    /// module file; a subdirectory without one is remembered and becomes a namespace package only
    /// if no directory has a regular package or module.
    /// </summary>
    private Value Load(Interpreter vm, string name, List<string> directories, PyModule? parent)
    {
        var lastPart = name[(name.LastIndexOf('.') + 1)..];
        var namespaceDirectories = new List<Value>();
        foreach (var directory in directories)
        {
            var packageDirectory = Path.Combine(directory, lastPart);
            var init = Path.Combine(packageDirectory, "__init__.py");
            if (File.Exists(init))
            {
                return Execute(vm, name, init, new PyList([Value.FromString(packageDirectory)]), parent);
            }

            var file = Path.Combine(directory, lastPart + ".py");
            if (File.Exists(file))
            {
                return Execute(vm, name, file, packagePath: null, parent);
            }

            if (Directory.Exists(packageDirectory))
            {
                namespaceDirectories.Add(Value.FromString(packageDirectory));
            }
        }

        if (namespaceDirectories.Count > 0)
        {
            var globals = runtime.NewModuleGlobals(name, fileName: null, package: name);
            globals.SetItem("__path__", Value.FromObject(new PyList([.. namespaceDirectories])));
            var module = new PyModule(name, globals);
            Register(module);
            BindInParent(parent, name, Value.FromObject(module));
            return Value.FromObject(module);
        }

        throw ExceptionAttributes.ImportError(ExceptionTypes.ModuleNotFoundError, $"No module named '{name}'", name);
    }

    private Value Execute(Interpreter vm, string name, string path, PyList? packagePath, PyModule? parent)
    {
        var source = PythonRuntime.ReadSource(path);
        CodeObject code;
        try
        {
            code = runtime.Compile(source, path, fromFile: true);
        }
        catch (PythonSyntaxError error)
        {
            throw SyntaxErrors.FromCompile(error, path, source);
        }

        var dot = name.LastIndexOf('.');
        var package = packagePath is not null ? name : dot < 0 ? "" : name[..dot];
        var globals = runtime.NewModuleGlobals(name, path, package);
        if (packagePath is not null)
        {
            globals.SetItem("__path__", Value.FromObject(packagePath));
        }

        var module = new PyModule(name, globals, path);
        Register(module);
        _initializing.Add(name);
        try
        {
            vm.RunModule(code, globals);
        }
        catch (PythonException)
        {
            Loaded.Remove(Value.FromString(name), out _);
            throw;
        }
        finally
        {
            _initializing.Remove(name);
        }

        // The module may have replaced itself in sys.modules while it ran; CPython returns what is there.
        var result = Loaded.TryGetValue(name, out var current) ? current : Value.FromObject(module);
        BindInParent(parent, name, result);
        return result;
    }

    private static void BindInParent(PyModule? parent, string name, Value module) =>
        parent?.Dict.SetItem(name[(name.LastIndexOf('.') + 1)..], module);
}
