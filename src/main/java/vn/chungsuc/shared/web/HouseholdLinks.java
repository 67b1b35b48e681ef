package vn.chungsuc.shared.web;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The links to the other modules' pages about a household, for the page one module shows. */
@Component
public class HouseholdLinks {

    private final List<HouseholdPage> pages;

    HouseholdLinks(List<HouseholdPage> pages) {
        this.pages = List.copyOf(pages);
    }

    /** The pages about the household the user may open, except the one of the module asking. */
    public List<HouseholdPage.Link> others(HouseholdPage own, String householdCode) {
        return pages.stream().filter(p -> p != own).map(p -> p.about(householdCode)).flatMap(Optional::stream)
                .toList();
    }
}
