using System.Net;
using MarketingSaaS.TestBase.Clients;
using Shouldly;

namespace MarketingSaaS.Events.Tests;

internal static class ProblemAssertions
{
    public static async Task ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status, string code) =>
        (await response.ReadProblemAsync(status)).GetProperty("code").GetString().ShouldBe(code);
}
