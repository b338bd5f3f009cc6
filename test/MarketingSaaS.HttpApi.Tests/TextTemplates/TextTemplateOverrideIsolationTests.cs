using System.Net;
using System.Text.Json;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using MarketingSaaS.TextTemplates;
using Shouldly;
using Xunit;
using static MarketingSaaS.HttpApi.Tests.TextTemplates.TextTemplateClient;

namespace MarketingSaaS.HttpApi.Tests.TextTemplates;

/// <summary><see cref="TextTemplateOverride"/> rows belong to one company: another never sees, renders or resets them.</summary>
public abstract class TextTemplateOverrideIsolationTests(ApiFixture fixture)
{
    [Fact]
    public async Task Tenant_B_never_sees_renders_or_resets_tenant_As_override()
    {
        var a = await fixture.SignUpAsync();
        var b = await fixture.SignUpAsync();
        (await a.Admin.TryOverrideAsync(ResearchPlan, "en", "A's secret plan for {{processName}}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var bContent = await b.Admin.GetContentAsync(ResearchPlan, "en");
        bContent.GetProperty("isOverridden").GetBoolean().ShouldBeFalse();
        bContent.GetProperty("content").GetString()!.ShouldNotContain("secret");
        (await b.Admin.PreviewAsync(ResearchPlan, "en")).ShouldNotContain("secret");
        var bList = await b.Admin.GetJsonAsync<JsonElement>(Url);
        bList.EnumerateArray().ShouldAllBe(t => t.GetProperty("overriddenCultures").GetArrayLength() == 0);
        (await b.Admin.DeleteAsync($"{Url}/{ResearchPlan}/en")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await b.Admin.TryOverrideAsync(ResearchPlan, "en", "B's plan")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await a.Admin.PreviewAsync(ResearchPlan, "en")).ShouldBe("A's secret plan for 2027 spring market research");
        (await b.Admin.PreviewAsync(ResearchPlan, "en")).ShouldBe("B's plan");
    }
}

public sealed class TextTemplateOverrideIsolationTestsOnSqlite(SqliteApiFixture fixture) : TextTemplateOverrideIsolationTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class TextTemplateOverrideIsolationTestsOnPostgreSql(PostgreSqlApiFixture fixture) : TextTemplateOverrideIsolationTests(fixture), IClassFixture<PostgreSqlApiFixture>;
