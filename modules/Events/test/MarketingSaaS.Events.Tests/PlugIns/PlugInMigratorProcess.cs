using System.Diagnostics;
using System.Text;

namespace MarketingSaaS.Events.Tests.PlugIns;

/// <summary>
/// The plug-in DbMigrator (test/MarketingSaaS.PlugInDbMigrator: the real DbMigrator compiled without module references)
/// run once as a real process against a database, with or without "PlugIns:Folder".
/// </summary>
internal static class PlugInMigratorProcess
{
    public static string MigratorFolder => Path.Combine(
        PlugInHostProcess.RepositoryRoot(), "test", "MarketingSaaS.PlugInDbMigrator", "bin", PlugInHostProcess.BuildConfiguration, PlugInHostProcess.TargetFramework);

    public static async Task RunAsync(string applicationConnectionString, string ownerConnectionString, string? plugInFolder)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = MigratorFolder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(MigratorFolder, "MarketingSaaS.PlugInDbMigrator.dll"));
        start.ArgumentList.Add($"--ConnectionStrings:Default={applicationConnectionString}");
        start.ArgumentList.Add($"--ConnectionStrings:Migrations={ownerConnectionString}");
        start.ArgumentList.Add($"--Seed:HostAdminPassword={TestBase.TestAccounts.HostAdminPassword}");
        if (plugInFolder is not null)
        {
            start.ArgumentList.Add($"--PlugIns:Folder={plugInFolder}");
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("The plug-in migrator did not start.");
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill();
            await process.WaitForExitAsync();
            throw new TimeoutException($"The plug-in migrator did not finish within 120 s:\n{Text(output)}");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"The plug-in migrator exited with {process.ExitCode}:\n{Text(output)}");
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }

    private static string Text(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}
