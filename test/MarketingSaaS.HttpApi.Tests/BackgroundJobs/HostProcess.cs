using System.Diagnostics;
using System.Text;

namespace MarketingSaaS.HttpApi.Tests.BackgroundJobs;

/// <summary>
/// The built host (<c>MarketingSaaS.HttpApi.Host.dll</c>, copied beside the tests) run by <c>dotnet</c> as a
/// separate process, with the probe job enabled; <see cref="Kill"/> is SIGKILL, as a crash.
/// </summary>
public sealed class HostProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private HostProcess(Process process) => _process = process;

    public int Id => _process.Id;

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

    public static async Task<HostProcess> StartAsync(string connectionString, params string[] settings)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "MarketingSaaS.HttpApi.Host.dll"));
        foreach (var argument in new[]
        {
            $"--ConnectionStrings:Default={connectionString}",
            "--Database:MigrateOnStart=false",
            "--Urls=http://127.0.0.1:0",
            "--BackgroundJobs:ProbeJob=true",
            "--Logging:LogLevel:Default=Warning",
            "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Information",
        }.Concat(settings))
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var host = new HostProcess(new Process { StartInfo = start });
        host._process.OutputDataReceived += (_, e) => host.Append(e.Data);
        host._process.ErrorDataReceived += (_, e) => host.Append(e.Data);
        host._process.Start();
        host._process.BeginOutputReadLine();
        host._process.BeginErrorReadLine();
        var exited = host._process.WaitForExitAsync();
        var first = await Task.WhenAny(host._started.Task, exited, Task.Delay(TimeSpan.FromSeconds(60)));
        if (first != host._started.Task)
        {
            host.Dispose();
            throw new InvalidOperationException($"The host did not start:\n{host.Output}");
        }

        return host;
    }

    public void Kill()
    {
        _process.Kill();
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }

        _process.Dispose();
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

        if (line.Contains("Application started", StringComparison.Ordinal))
        {
            _started.TrySetResult();
        }
    }
}
