using Viper.Bytecode.Instructions;
using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Values;

namespace Viper.Runtime.Vm;

/// <summary>The import instructions: <c>IMPORT_NAME</c>, <c>IMPORT_FROM</c> and <c>IMPORT_STAR</c>.</summary>
public sealed partial class Interpreter
{
    private Value ImportName(Frame frame, int nameIndex, int form) => ImportName(frame.Globals, frame.Code.Names[nameIndex], form);

    /// <summary><c>IMPORT_NAME</c> for code whose module namespace is <paramref name="globals"/> (relative imports resolve against its <c>__package__</c>).</summary>
    public Value ImportName(PyDict globals, string name, int form) =>
        Runtime.Modules.Import(this, name, ImportForm.Level(form), ImportForm.WantsLeaf(form), globals);

    private Value ImportFrom(Frame frame, int moduleSlot, int nameIndex) => ImportFrom(Bound(frame, moduleSlot), frame.Code.Names[nameIndex]);

    /// <summary>
    /// <c>from module import name</c>: the attribute, else the submodule <c>module.name</c>, which a
    /// package imports on demand as CPython's <c>_handle_fromlist</c> does.
    /// </summary>
    public Value ImportFrom(Value module, string name)
    {
        if (module.Ref is PyModule found && found.Dict.TryGetValue(name, out var value))
        {
            return value;
        }

        if (module.Ref is not PyModule package)
        {
            return Attributes.Get(module, name);
        }

        var fullName = $"{package.Name}.{name}";
        if (Runtime.Modules.Loaded.TryGetValue(fullName, out var submodule))
        {
            return submodule;
        }

        if (package.Dict.TryGetValue("__path__", out _))
        {
            try
            {
                return Runtime.Modules.Import(this, fullName, level: 0, wantLeaf: true, package.Dict);
            }
            catch (PythonException error) when (error.Value.Type == ExceptionTypes.ModuleNotFoundError && error.Value.Message == $"No module named '{fullName}'")
            {
                // Not a submodule either: report the missing name, as CPython does.
            }
        }

        var location = package.FileName ?? "unknown location";
        var what = Runtime.Modules.IsInitializing(package.Name)
            ? $"partially initialized module '{package.Name}' (most likely due to a circular import)"
            : $"'{package.Name}'";
        throw ExceptionAttributes.ImportError(ExceptionTypes.ImportError, $"cannot import name '{name}' from {what} ({location})", package.Name);
    }

    /// <summary><c>from module import *</c>: the names in <c>__all__</c>, or else every name without a leading underscore.</summary>
    public static void ImportStar(Value module, PyDict globals)
    {
        var namespaceDict = module.Ref is PyModule found
            ? found.Dict
            : Attributes.Get(module, "__dict__").Ref as PyDict ?? throw PyErrors.TypeError("from-import-* object has no __dict__ and no __all__");
        if (namespaceDict.TryGetValue("__all__", out var all))
        {
            var moduleName = namespaceDict.TryGetValue("__name__", out var nameValue) && nameValue.Ref is PyStr s ? s.Value : "?";
            foreach (var item in Iteration.ToList(all))
            {
                if (item.Ref is not PyStr name)
                {
                    throw PyErrors.TypeError($"Item in {moduleName}.__all__ must be str, not {TypeNames.Of(item)}");
                }

                globals.SetItem(item, namespaceDict.TryGetValue(name.Value, out var value) ? value : Attributes.Get(module, name.Value));
            }

            return;
        }

        foreach (var (key, value) in namespaceDict.Items().ToList())
        {
            if (key.Ref is PyStr name && !name.Value.StartsWith('_'))
            {
                globals.SetItem(key, value);
            }
        }
    }
}
