using System.Text.Json;
using MarketingSaaS.TestBase.Clients;

namespace MarketingSaaS.HttpApi.Tests.Processes;

/// <summary>Small helpers over the process template and process APIs for the tests.</summary>
internal static class ProcessClient
{
    public const string Templates = "/api/processes/templates";
    public const string Instances = "/api/processes/instances";

    public static object Step(string name, int days = 1, int group = 0, Guid[]? positions = null, object[]? deliverables = null, bool approval = false) =>
        new { name, plannedDays = days, parallelGroup = group, responsiblePositionIds = positions ?? [], deliverables = deliverables ?? [], endsWithApproval = approval };

    public static object Deliverable(string name, bool required = true) => new { name, isRequired = required };

    public static Task<HttpResponseMessage> TryCreateTemplateAsync(this ApiClient client, string code, params object[] steps) =>
        client.PostAsync(Templates, new { code, name = "Template " + code, category = "Test", steps });

    public static Task<JsonElement> CreateTemplateAsync(this ApiClient client, string code, params object[] steps) =>
        client.PostJsonAsync<JsonElement>(Templates, new { code, name = "Template " + code, category = "Test", steps });

    public static Task<JsonElement> PublishAsync(this ApiClient client, Guid templateId) =>
        client.PostJsonAsync<JsonElement>($"{Templates}/{templateId}/publish", null);

    public static async Task<JsonElement> CreatePublishedAsync(this ApiClient client, string code, params object[] steps)
    {
        var template = await client.CreateTemplateAsync(code, steps);
        return await client.PublishAsync(template.GetProperty("id").GetGuid());
    }

    public static Task<HttpResponseMessage> TryUpdateDraftAsync(this ApiClient client, JsonElement template, params object[] steps) =>
        client.PutAsync($"{Templates}/{template.GetProperty("id").GetGuid()}/draft", new
        {
            name = template.GetProperty("name").GetString(),
            category = template.GetProperty("category").GetString(),
            steps,
            concurrencyStamp = template.GetProperty("concurrencyStamp").GetString(),
        });

    public static Task<JsonElement> StartAsync(this ApiClient client, Guid templateId, DateOnly startDate, string name = "2026 Q3 user research") =>
        client.PostJsonAsync<JsonElement>(Instances, new { templateId, name, startDate });

    public static Task<HttpResponseMessage> TryCompleteAsync(this ApiClient client, JsonElement instance, int stepIndex) =>
        client.PostAsync($"{Instances}/{instance.GetProperty("id").GetGuid()}/steps/{StepAt(instance, stepIndex).GetProperty("id").GetGuid()}/complete", null);

    public static Task<HttpResponseMessage> TryProvideAsync(this ApiClient client, JsonElement instance, int stepIndex, int deliverableIndex, string? note = "done") =>
        client.PostAsync(
            $"{Instances}/{instance.GetProperty("id").GetGuid()}/steps/{StepAt(instance, stepIndex).GetProperty("id").GetGuid()}/deliverables/{StepAt(instance, stepIndex).GetProperty("deliverables")[deliverableIndex].GetProperty("id").GetGuid()}",
            new { note, link = "https://files.example.test/report" });

    public static async Task ShouldFailWithAsync(this HttpResponseMessage response, System.Net.HttpStatusCode status, string code) =>
        Shouldly.ShouldBeStringTestExtensions.ShouldBe((await response.ReadProblemAsync(status)).GetProperty("code").GetString(), code);

    public static JsonElement StepAt(JsonElement instance, int index) => instance.GetProperty("steps")[index];

    public static DateOnly Date(JsonElement element, string property) => DateOnly.Parse(element.GetProperty(property).GetString()!, System.Globalization.CultureInfo.InvariantCulture);

    public static IReadOnlyList<JsonElement> Versions(JsonElement template) => [.. template.GetProperty("versions").EnumerateArray()];
}
