using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Jiangmen.Dashboard.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class IndicatorsSayWhetherTheyAddUp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Additive",
                table: "Indicators",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Additive",
                table: "Indicators");
        }
    }
}
