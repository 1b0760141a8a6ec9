using System.Text;
using Viper.Runtime.Errors;
using Viper.Runtime.Objects;
using Viper.Runtime.Operations;
using Viper.Runtime.Text;
using Viper.Runtime.Values;
using Viper.Runtime.Vm;

namespace Viper.Runtime.Builtins;

/// <summary>
/// <c>open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None)</c> for reading, writing,
/// appending and exclusive creation, in text (UTF-8) or binary mode, with CPython's OSErrors.
/// </summary>
public static class FileFunctions
{
    private static readonly string[] ParameterNames = ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"];

    public static (string Name, BuiltinBody Body)[] All => [("open", Open)];

    private static Value Open(Interpreter vm, CallArgs args)
    {
        var values = ArgumentCheck.BindParameters(args, "open", ParameterNames);
        var name = values[0].Ref as PyStr
            ?? throw (values[0].IsBound
                ? PyErrors.TypeError($"expected str, bytes or os.PathLike object, not {TypeNames.Of(values[0])}")
                : PyErrors.TypeError("open() missing required argument 'file' (pos 1)"));
        var mode = values[1].IsBound ? ArgumentCheck.Str(values[1], "open() argument 'mode'").Value : "r";
        var (kind, binary) = ParseMode(mode);
        var encoding = values[3].IsBound && !values[3].IsNone ? ArgumentCheck.Str(values[3], "open() argument 'encoding'").Value : null;
        if (binary && encoding is not null)
        {
            throw PyErrors.ValueError("binary mode doesn't take an encoding argument");
        }

        var errors = values[4].IsBound && !values[4].IsNone ? ArgumentCheck.Str(values[4], "open() argument 'errors'").Value : "strict";
        var newline = values[5].IsBound && !values[5].IsNone ? ArgumentCheck.Str(values[5], "open() argument 'newline'").Value : null;
        if (newline is not (null or "" or "\n" or "\r" or "\r\n"))
        {
            throw PyErrors.ValueError($"illegal newline value: {newline}");
        }

        if (!binary)
        {
            // Checks the encoding and error handler names as CPython does when it opens the file.
            Codecs.Encode(PyStr.Empty, encoding ?? "utf-8", errors);
        }

        var path = Modules.OsModule.RefuseNul(name.Value);
        if (Directory.Exists(path))
        {
            throw ExceptionAttributes.OSError(ExceptionTypes.IsADirectoryError, 21, "Is a directory", path);
        }

        try
        {
            if (kind == 'r')
            {
                var bytes = File.ReadAllBytes(path);
                var text = binary ? Encoding.Latin1.GetString(bytes) : Translate(Codecs.Decode(bytes, encoding ?? "utf-8", errors), newline);
                return Value.FromObject(PyFile.ForReading(path, mode, text, binary, encoding ?? "UTF-8", errors));
            }

            if (kind == 'x' && File.Exists(path))
            {
                throw ExceptionAttributes.OSError(ExceptionTypes.FileExistsError, 17, "File exists", path);
            }

            var stream = new FileStream(path, kind == 'a' ? FileMode.Append : FileMode.Create, FileAccess.Write, FileShare.ReadWrite);
            var file = PyFile.ForWriting(path, mode, stream, binary, encoding ?? "UTF-8", errors);
            vm.Runtime.OpenFiles.Add(file);
            return Value.FromObject(file);
        }
        catch (Exception error) when (error is FileNotFoundException or DirectoryNotFoundException)
        {
            throw ExceptionAttributes.OSError(ExceptionTypes.FileNotFoundError, 2, "No such file or directory", path);
        }
        catch (UnauthorizedAccessException)
        {
            throw ExceptionAttributes.OSError(ExceptionTypes.PermissionError, 13, "Permission denied", path);
        }
    }

    /// <summary>Universal newlines on reading: with newline None, <c>\r\n</c> and <c>\r</c> become <c>\n</c>.</summary>
    private static string Translate(string text, string? newline) =>
        newline is null ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;

    /// <summary>One of r, w, a, x, optionally with b or t; '+' modes are not supported yet.</summary>
    private static (char Kind, bool Binary) ParseMode(string mode)
    {
        var kinds = mode.Count(c => c is 'r' or 'w' or 'a' or 'x');
        if (mode.Any(c => !"rwaxbt+".Contains(c)) || mode.Distinct().Count() != mode.Length)
        {
            throw PyErrors.ValueError($"invalid mode: '{mode}'");
        }

        if (mode.Contains('b') && mode.Contains('t'))
        {
            throw PyErrors.ValueError("can't have text and binary mode at once");
        }

        if (kinds != 1)
        {
            throw PyErrors.ValueError("must have exactly one of create/read/write/append mode");
        }

        if (mode.Contains('+'))
        {
            throw PyErrors.ValueError($"mode '{mode}': reading and writing one file ('+') is not supported by Viper yet");
        }

        return (mode.First(c => c is 'r' or 'w' or 'a' or 'x'), mode.Contains('b'));
    }
}
