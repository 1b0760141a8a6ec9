using NUnit.Framework;

namespace Viper.Tests.Cli;

/// <summary>
/// Corpus programs whose first look into a builtin type's namespace is the point (each type's
/// methods are installed on the first look into it): in the test process every type was looked at
/// long before, so each runs again here as the first program of a viper process of its own.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class FreshProcessNamespaceTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [TestCase("builtins/namespace_first_look_dir_int")]
    [TestCase("builtins/namespace_first_look_dict_subclass")]
    [TestCase("builtins/namespace_first_look_many_types")]
    [TestCase("classes/class_creation_paths")]
    public void MatchesCPythonAsTheFirstProgramOfAProcess(string name)
    {
        var program = Path.Combine(AppContext.BaseDirectory, "Corpus", name + ".py");
        using var process = ViperProcess.Start(program);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.That(process.WaitForExit(Patience), Is.True, "viper did not end");
        Assert.Multiple(() =>
        {
            Assert.That(stderr.Result, Is.Empty);
            Assert.That(process.ExitCode, Is.Zero);
            Assert.That(stdout.Result, Is.EqualTo(File.ReadAllText(Path.ChangeExtension(program, ".out"))));
        });
    }
}
