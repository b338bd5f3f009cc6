using System.Net;
using System.Text.Json;
using MarketingSaaS.HttpApi.Tests.Identity;
using MarketingSaaS.TestBase.Clients;
using MarketingSaaS.TestBase.Hosting;
using Shouldly;
using Xunit;
using static MarketingSaaS.HttpApi.Tests.TextTemplates.TextTemplateClient;

namespace MarketingSaaS.HttpApi.Tests.TextTemplates;

/// <summary>Listing, previews in both cultures with the {{L}} helper, overrides, resets and errors naming the line.</summary>
public abstract class TextTemplateApiTests(ApiFixture fixture)
{
    [Fact]
    public async Task The_list_names_every_template_and_needs_the_permission()
    {
        var session = await fixture.SignUpAsync();
        session.Admin.Http.DefaultRequestHeaders.Add("Accept-Language", "zh-CN");

        var list = await session.Admin.GetJsonAsync<JsonElement>(Url);

        var byName = list.EnumerateArray().ToDictionary(t => t.GetProperty("name").GetString()!);
        byName.Keys.ShouldBe(["Documents.MarketResearchPlan", "Email.Layout", "Email.Invitation", "Email.Notification", "Email.PasswordReset"], ignoreOrder: true);
        byName["Email.Layout"].GetProperty("isLayout").GetBoolean().ShouldBeTrue();
        byName["Email.Notification"].GetProperty("layout").GetString().ShouldBe("Email.Layout");
        byName[ResearchPlan].GetProperty("displayName").GetString().ShouldBe("《市场调研方案》骨架");
        var staff = await session.CreateStaffClientAsync();
        (await staff.GetAsync(Url)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await staff.TryPreviewAsync(ResearchPlan, "en")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Previews_render_the_sample_data_in_each_culture_with_localized_labels()
    {
        var session = await fixture.SignUpAsync();

        var zh = await session.Admin.PreviewAsync(ResearchPlan, "zh-Hans");
        var en = await session.Admin.PreviewAsync(ResearchPlan, "en");

        zh.ShouldStartWith("# 《市场调研方案》");
        zh.ShouldContain("| 流程 | 2027 spring market research（MR-001） |");
        zh.ShouldContain("## 一、调研目标");
        zh.ShouldContain("## 五、预算");
        en.ShouldContain("| Process | 2027 spring market research (MR-001) |");
        en.ShouldContain("| Responsible | Li Lei |");
        en.ShouldContain("## 3. Methods");
        en.ShouldContain("## 4. Schedule");
        var mail = await session.Admin.PreviewAsync("Email.Notification", "en");
        mail.ShouldStartWith("Hello Li Lei,");
        mail.ShouldContain("Open: /approvals/requests/");
        mail.ShouldContain("This message was sent by MarketingSaaS.");
        (await session.Admin.PreviewAsync("Email.Notification", "zh-Hans")).ShouldStartWith("Li Lei，您好：");
    }

    [Fact]
    public async Task An_override_replaces_the_default_in_its_culture_only_until_it_is_reset()
    {
        var session = await fixture.SignUpAsync();
        var defaultEn = (await session.Admin.GetContentAsync(ResearchPlan, "en")).GetProperty("content").GetString()!;

        var saved = await (await session.Admin.TryOverrideAsync(ResearchPlan, "en", "# {{deliverableName}} for {{processName}}\n{{L \"TextTemplates:SkeletonStep\"}}: {{stepName}}"))
            .ReadAsAsync<JsonElement>();

        saved.GetProperty("isOverridden").GetBoolean().ShouldBeTrue();
        saved.GetProperty("defaultContent").GetString().ShouldBe(defaultEn);
        (await session.Admin.PreviewAsync(ResearchPlan, "en")).ShouldBe("# 《市场调研方案》 for 2027 spring market research\nStep: Plan design");
        (await session.Admin.PreviewAsync(ResearchPlan, "zh-Hans")).ShouldContain("## 一、调研目标");
        var listed = (await session.Admin.GetJsonAsync<JsonElement>(Url)).EnumerateArray().Single(t => t.GetProperty("name").GetString() == ResearchPlan);
        listed.GetProperty("overriddenCultures").EnumerateArray().Select(c => c.GetString()).ShouldBe(["en"]);
        (await session.Admin.PreviewAsync(ResearchPlan, "en", "unsaved {{templateCode}}")).ShouldBe("unsaved MR-001");

        var reset = await (await session.Admin.DeleteAsync($"{Url}/{ResearchPlan}/en")).ReadAsAsync<JsonElement>();

        reset.GetProperty("isOverridden").GetBoolean().ShouldBeFalse();
        reset.GetProperty("content").GetString().ShouldBe(defaultEn);
        (await session.Admin.PreviewAsync(ResearchPlan, "en")).ShouldContain("## 3. Methods");
    }

    [Fact]
    public async Task An_override_of_the_layout_applies_to_the_templates_that_use_it()
    {
        var session = await fixture.SignUpAsync();

        (await session.Admin.TryOverrideAsync("Email.Layout", "en", "ACME\n{{body}}\n(c) ACME for {{model.recipientName}}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var mail = await session.Admin.PreviewAsync("Email.Notification", "en");
        mail.ShouldStartWith("ACME\nHello Li Lei,");
        mail.ShouldEndWith("(c) ACME for Li Lei");
    }

    [Theory]
    [InlineData("Title\n{{#if title}}\nnever closed", 2, 1)]
    [InlineData("one\ntwo\n{{/each}}", 3, 1)]
    [InlineData("one\n{{#each items}}{{name}}{{/if}}", 2, 24)]
    [InlineData("one\ntwo\nthree {{title", 3, 14)]
    public async Task A_syntax_error_in_a_sent_text_is_a_400_on_content_with_line_and_column_and_nothing_is_saved(string content, int line, int column)
    {
        var session = await fixture.SignUpAsync();
        session.Admin.Http.DefaultRequestHeaders.Add("Accept-Language", "en");

        var problem = await (await session.Admin.TryOverrideAsync(ResearchPlan, "en", content)).ReadProblemAsync(HttpStatusCode.BadRequest);
        var preview = await (await session.Admin.TryPreviewAsync(ResearchPlan, "en", content)).ReadProblemAsync(HttpStatusCode.BadRequest);

        foreach (var answer in new[] { problem, preview })
        {
            var position = answer.GetProperty("data").GetProperty("content");
            position.GetProperty("line").GetInt32().ShouldBe(line);
            position.GetProperty("column").GetInt32().ShouldBe(column);
            answer.GetProperty("errors").GetProperty("content")[0].GetString()
                .ShouldBe($"Line {line}, column {column}: " + position.GetProperty("error").GetString());
        }

        (await session.Admin.GetContentAsync(ResearchPlan, "en")).GetProperty("isOverridden").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task A_missing_partial_in_a_sent_text_is_a_400_naming_line_and_column_and_partials_never_come_from_files()
    {
        var session = await fixture.SignUpAsync();
        session.Admin.Http.DefaultRequestHeaders.Add("Accept-Language", "zh-CN");

        var problem = await (await session.Admin.TryPreviewAsync(ResearchPlan, "zh-Hans", "a\nb {{> /etc/passwd}}")).ReadProblemAsync(HttpStatusCode.BadRequest);

        problem.GetProperty("errors").GetProperty("content")[0].GetString()!.ShouldStartWith("第 2 行第 3 列：");
    }

    [Fact]
    public async Task A_saved_text_that_fails_while_rendering_is_a_422_naming_the_template_and_line()
    {
        var session = await fixture.SignUpAsync();
        session.Admin.Http.DefaultRequestHeaders.Add("Accept-Language", "zh-CN");
        (await session.Admin.TryOverrideAsync(ResearchPlan, "zh-Hans", "a\nb {{> missing}}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var problem = await (await session.Admin.TryPreviewAsync(ResearchPlan, "zh-Hans")).ReadProblemAsync((HttpStatusCode)422);

        problem.GetProperty("code").GetString().ShouldBe("Framework:TemplateRenderError");
        problem.GetProperty("title").GetString()!.ShouldStartWith("模板 Documents.MarketResearchPlan 无法渲染（第 2 行）");
    }

    [Fact]
    public async Task Unknown_templates_are_404_and_unsupported_cultures_400()
    {
        var session = await fixture.SignUpAsync();

        (await (await session.Admin.GetAsync($"{Url}/Nope/en")).ReadProblemAsync(HttpStatusCode.NotFound)).GetProperty("code").GetString().ShouldBe("Framework:TemplateNotFound");
        (await (await session.Admin.GetAsync($"{Url}/{ResearchPlan}/fr")).ReadProblemAsync(HttpStatusCode.BadRequest)).GetRawText().ShouldContain("culture");
        (await (await session.Admin.TryOverrideAsync(ResearchPlan, "en", "")).ReadProblemAsync(HttpStatusCode.BadRequest)).GetRawText().ShouldContain("content");
    }
}

public sealed class TextTemplateApiTestsOnSqlite(SqliteApiFixture fixture) : TextTemplateApiTests(fixture), IClassFixture<SqliteApiFixture>;

public sealed class TextTemplateApiTestsOnPostgreSql(PostgreSqlApiFixture fixture) : TextTemplateApiTests(fixture), IClassFixture<PostgreSqlApiFixture>;
