using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MarketingSaaS.Events.EntityFrameworkCore.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class RegistrationCulture : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Culture",
                table: "EventRegistrations",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "zh-Hans");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Culture",
                table: "EventRegistrations");
        }
    }
}
