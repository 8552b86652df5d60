package com.salesmachine;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SalesMachineApplication {

    public static void main(String[] args) {
        SpringApplication.run(SalesMachineApplication.class, args);
    }
}
