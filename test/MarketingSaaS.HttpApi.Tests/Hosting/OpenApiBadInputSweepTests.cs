using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using MarketingSaaS.HttpApi.Tests.Hosting.Sweep;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;
using Xunit.Abstractions;

namespace MarketingSaaS.HttpApi.Tests.Hosting;

/// <summary>
/// Every operation of the OpenAPI document that takes a JSON body gets malformed bodies and, property by property,
/// nulls, wrong types and extreme values (NUL, over-long text, 1e30, -1, dates in year 1 and 9999, offset +14:00),
/// as a company's admin with every module on, with made-up route ids: no answer may be a 5xx.
/// </summary>
public abstract class OpenApiBadInputSweepTests(ApiFixture fixture, ITestOutputHelper output)
{
    private static readonly string[] Methods = ["post", "put", "patch", "delete"];

    /// <summary>Known 5xx answers not fixed yet: "METHOD path | variant" and why.</summary>
    private static readonly Dictionary<string, string> KnownFailures = new()
    {
    };

    [Fact]
    public async Task No_bad_body_gets_a_5xx_answer()
    {
        var session = await fixture.SignUpAsync();
        var admin = session.Admin;
        foreach (var module in await admin.GetJsonAsync<JsonElement[]>("/api/modules"))
        {
            (await admin.PutAsync($"/api/modules/{module.GetProperty("name").GetString()}", new { isEnabled = true })).EnsureSuccessStatusCode();
        }

        var document = await admin.GetJsonAsync<JsonElement>("/openapi/v1.json");
        var bodies = new SweepBodies(new OpenApiSchemas(document));
        var failures = new List<string>();
        var sent = 0;
        var clock = Stopwatch.StartNew();
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => Methods.Contains(o.Name)))
            {
                if (!operation.Value.TryGetProperty("requestBody", out var requestBody)
                    || !requestBody.GetProperty("content").TryGetProperty("application/json", out var content))
                {
                    continue;
                }

                var url = Url(path.Name, operation.Value, session.Slug);
                var variants = SweepBodies.WholeBodies.Select(b => ("whole body " + b, b))
                    .Concat(bodies.Variants(content.GetProperty("schema")).Select(v => (v.Name, v.Body?.ToJsonString() ?? "null")));
                foreach (var (name, body) in variants)
                {
                    var request = new HttpRequestMessage(new HttpMethod(operation.Name.ToUpperInvariant()), url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                    var response = await admin.Http.SendAsync(request);
                    sent++;
                    var key = $"{operation.Name.ToUpperInvariant()} {path.Name} | {name}";
                    if ((int)response.StatusCode >= 500 && !KnownFailures.ContainsKey(key))
                    {
                        var text = await response.Content.ReadAsStringAsync();
                        failures.Add($"{key} -> {(int)response.StatusCode} {text[..Math.Min(300, text.Length)]}");
                    }
                }
            }
        }

        output.WriteLine($"{sent} requests in {clock.Elapsed.TotalSeconds:F1} s on {fixture.Provider}");
        failures.ShouldBeEmpty(string.Join(Environment.NewLine, failures));
        (await admin.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK, "the sweep must not have ended the admin's session");
    }

    private static string Url(string template, JsonElement operation, string tenant)
    {
        var url = template;
        if (operation.TryGetProperty("parameters", out var parameters))
        {
            foreach (var parameter in parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "path"))
            {
                var name = parameter.GetProperty("name").GetString()!;
                var value = name == "__tenant" ? tenant
                    : OpenApiSchemas.FormatOf(parameter.GetProperty("schema")) == "uuid" ? Guid.NewGuid().ToString()
                    : OpenApiSchemas.TypeOf(parameter.GetProperty("schema")) == "integer" ? "1"
                    : "sweep";
                url = url.Replace("{" + name + "}", value);
            }
        }

        return url;
    }
}

public sealed class OpenApiBadInputSweepTestsOnSqlite(SqliteApiFixture fixture, ITestOutputHelper output) : OpenApiBadInputSweepTests(fixture, output), IClassFixture<SqliteApiFixture>;

public sealed class OpenApiBadInputSweepTestsOnPostgreSql(PostgreSqlApiFixture fixture, ITestOutputHelper output) : OpenApiBadInputSweepTests(fixture, output), IClassFixture<PostgreSqlApiFixture>;
