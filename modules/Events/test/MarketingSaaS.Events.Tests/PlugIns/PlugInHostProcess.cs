using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace MarketingSaaS.Events.Tests.PlugIns;

/// <summary>
/// The plug-in host (test/MarketingSaaS.PlugInHost: the real host compiled without module references) as a
/// real process on a loopback port and its own SQLite file, with "PlugIns:Folder" set to the folder this
/// test project's build publishes the Events module into (see PublishEventsPlugIn in the .csproj).
/// </summary>
internal sealed class PlugInHostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly string _dataFolder;

    private PlugInHostProcess(Process process, Uri baseAddress, string dataFolder)
    {
        _process = process;
        BaseAddress = baseAddress;
        _dataFolder = dataFolder;
    }

    public Uri BaseAddress { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>bin/&lt;Configuration&gt;/&lt;tfm&gt;/ of this test project → the same of the plug-in host.</summary>
    public static string HostFolder => Path.Combine(RepositoryRoot(), "test", "MarketingSaaS.PlugInHost", "bin", BuildConfiguration, TargetFramework);

    public static string TargetFramework => new DirectoryInfo(AppContext.BaseDirectory).Name;

    public static string BuildConfiguration => new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;

    public static string PlugInFolder => Path.Combine(AppContext.BaseDirectory, "plugins");

    public static async Task<PlugInHostProcess> StartAsync(string? plugInFolder)
    {
        var port = FreeLoopbackPort();
        var dataFolder = Directory.CreateTempSubdirectory("msaas-plugin-host-").FullName;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = HostFolder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(HostFolder, "MarketingSaaS.PlugInHost.dll"));
        foreach (var (key, value) in Settings(port, dataFolder, plugInFolder))
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        var process = Process.Start(start) ?? throw new InvalidOperationException("The plug-in host did not start.");
        var host = new PlugInHostProcess(process, new Uri($"http://127.0.0.1:{port}"), dataFolder);
        process.OutputDataReceived += (_, e) => host.Append(e.Data);
        process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await host.WaitUntilReadyAsync();
        return host;
    }

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A SQLite file still mapped for a moment; the temp folder is cleaned up by the system.
        }
    }

    private static IEnumerable<(string, string)> Settings(int port, string dataFolder, string? plugInFolder)
    {
        yield return ("urls", $"http://127.0.0.1:{port}");
        yield return ("ConnectionStrings:Default", $"Data Source={Path.Combine(dataFolder, "plugin-host.db")}");
        yield return ("Database:MigrateOnStart", "true");
        yield return ("Seed:DemoTenant", "false");
        yield return ("Seed:HostAdminPassword", TestBase.TestAccounts.HostAdminPassword);
        yield return ("BackgroundJobs:WorkerEnabled", "false");
        yield return ("Approvals:SlaScheduleEnabled", "false");
        yield return ("BlobStoring:FileSystem:RootPath", Path.Combine(dataFolder, "blobs"));
        yield return ("Logging:LogLevel:Default", "Warning");
        if (plugInFolder is not null)
        {
            yield return ("PlugIns:Folder", plugInFolder);
        }
    }

    private async Task WaitUntilReadyAsync()
    {
        using var client = CreateClient();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The plug-in host exited with {_process.ExitCode}:\n{Output}");
            }

            try
            {
                if ((await client.GetAsync("/health/live")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The plug-in host did not answer within 60 s:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MarketingSaaS.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("MarketingSaaS.sln not found above " + AppContext.BaseDirectory);
    }
}
